briefingSearch.terms("te",{"technical":[1,1],"technological":[1,1],"technologies":[0,1],"tensions":[0,1],"tests":[1,1]});
