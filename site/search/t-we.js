briefingSearch.terms("we",{"we":[0,2],"weapons":[0,1,1,2],"wednesday":[1,1],"week":[0,1,1,1],"well":[1,1]});
