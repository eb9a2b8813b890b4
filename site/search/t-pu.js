briefingSearch.terms("pu",{"published":[0,1],"putin":[0,1]});
