briefingSearch.terms("in",{"increasingly":[0,5],"indo":[1,1],"inspecting":[0,1],"institute":[1,1],"intelligence":[0,2],"international":[0,1],"interpreted":[0,1]});
